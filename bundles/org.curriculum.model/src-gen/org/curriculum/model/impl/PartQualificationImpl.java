/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.PartQualification;
import org.curriculum.model.Qualification;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Part Qualification</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.PartQualificationImpl#getFullQualification <em>Full Qualification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartQualificationImpl extends QualificationImpl implements PartQualification {
	/**
	 * The cached value of the '{@link #getFullQualification() <em>Full Qualification</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullQualification()
	 * @generated
	 * @ordered
	 */
	protected Qualification fullQualification;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartQualificationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.PART_QUALIFICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Qualification getFullQualification() {
		if (fullQualification != null && fullQualification.eIsProxy()) {
			InternalEObject oldFullQualification = (InternalEObject)fullQualification;
			fullQualification = (Qualification)eResolveProxy(oldFullQualification);
			if (fullQualification != oldFullQualification) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CurriculumPackage.PART_QUALIFICATION__FULL_QUALIFICATION, oldFullQualification, fullQualification));
			}
		}
		return fullQualification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Qualification basicGetFullQualification() {
		return fullQualification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullQualification(Qualification newFullQualification) {
		Qualification oldFullQualification = fullQualification;
		fullQualification = newFullQualification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.PART_QUALIFICATION__FULL_QUALIFICATION, oldFullQualification, fullQualification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateSubsetOfFullQualification(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.QualificationConstraints.validatePartQualification(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.PART_QUALIFICATION__FULL_QUALIFICATION:
				if (resolve) return getFullQualification();
				return basicGetFullQualification();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.PART_QUALIFICATION__FULL_QUALIFICATION:
				setFullQualification((Qualification)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.PART_QUALIFICATION__FULL_QUALIFICATION:
				setFullQualification((Qualification)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.PART_QUALIFICATION__FULL_QUALIFICATION:
				return fullQualification != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CurriculumPackage.PART_QUALIFICATION___VALIDATE_SUBSET_OF_FULL_QUALIFICATION__DIAGNOSTICCHAIN_MAP:
				return validateSubsetOfFullQualification((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

} //PartQualificationImpl
