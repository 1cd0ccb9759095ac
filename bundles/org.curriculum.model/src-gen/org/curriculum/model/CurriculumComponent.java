/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A module or unit a learner takes: the building block of qualifications.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getCredits <em>Credits</em>}</li>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getNotionalHours <em>Notional Hours</em>}</li>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getGuidedLearningHours <em>Guided Learning Hours</em>}</li>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.curriculum.model.CurriculumComponent#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent()
 * @model abstract="true"
 * @generated
 */
public interface CurriculumComponent extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.curriculum.model.CurriculumComponent#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NQF or credit level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_Level()
	 * @model
	 * @generated
	 */
	Integer getLevel();

	/**
	 * Sets the value of the '{@link org.curriculum.model.CurriculumComponent#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Integer value);

	/**
	 * Returns the value of the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credits</em>' attribute.
	 * @see #setCredits(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_Credits()
	 * @model
	 * @generated
	 */
	Integer getCredits();

	/**
	 * Sets the value of the '{@link org.curriculum.model.CurriculumComponent#getCredits <em>Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credits</em>' attribute.
	 * @see #getCredits()
	 * @generated
	 */
	void setCredits(Integer value);

	/**
	 * Returns the value of the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notional Hours</em>' attribute.
	 * @see #setNotionalHours(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_NotionalHours()
	 * @model
	 * @generated
	 */
	Integer getNotionalHours();

	/**
	 * Sets the value of the '{@link org.curriculum.model.CurriculumComponent#getNotionalHours <em>Notional Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notional Hours</em>' attribute.
	 * @see #getNotionalHours()
	 * @generated
	 */
	void setNotionalHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guided Learning Hours</em>' attribute.
	 * @see #setGuidedLearningHours(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_GuidedLearningHours()
	 * @model
	 * @generated
	 */
	Integer getGuidedLearningHours();

	/**
	 * Sets the value of the '{@link org.curriculum.model.CurriculumComponent#getGuidedLearningHours <em>Guided Learning Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guided Learning Hours</em>' attribute.
	 * @see #getGuidedLearningHours()
	 * @generated
	 */
	void setGuidedLearningHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.curriculum.model.CurriculumComponent#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' reference list.
	 * The list contents are of type {@link org.curriculum.model.OccupationalTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The occupational tasks this component traces back to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' reference list.
	 * @see org.curriculum.model.CurriculumPackage#getCurriculumComponent_Tasks()
	 * @model
	 * @generated
	 */
	EList<OccupationalTask> getTasks();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a curriculum with an occupational profile, every practical skills and work experience module (and unit) traces to a task, and covers a responsibility or context.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateTraceability(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where both are given, notional hours are ten times the credits.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateCreditsMatchNotionalHours(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CurriculumComponent
